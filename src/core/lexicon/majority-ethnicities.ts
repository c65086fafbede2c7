// The majority ethnic group of each jurisdiction (ISO 3166 alpha-2), as registers write it: a
// person counts as from an ethnic minority when their recorded ethnicity is another one. This is
// how monitoring groups state "of whom 64 are from ethnic minorities".

export const MAJORITY_ETHNICITIES: Readonly<Record<string, string>> = {
  VN: "Kinh",
  KH: "Khmer",
  LA: "Lao",
  CN: "Han",
  MM: "Bamar",
  BY: "Belarusian",
};
