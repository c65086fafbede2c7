import { useEffect } from "react";

/** The tab's title names the page: "Sources · Vigil". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Vigil` : "Vigil";
  }, [title]);
}
