import { useEffect, useRef, useState, type ReactNode } from "react";
import { logout, me, onSessionLost } from "./api/client.js";
import type { Session } from "./api/types.js";
import { ErrorBox, Loading } from "./components/error-box.js";
import { ActorPage } from "./pages/actor-page.js";
import { ActorsPage } from "./pages/actors-page.js";
import { CaseEditorPage } from "./pages/case-editor-page.js";
import { CasesPage } from "./pages/cases-page.js";
import { ClaimPage } from "./pages/claim-page.js";
import { ClaimsPage } from "./pages/claims-page.js";
import { DashboardPage } from "./pages/dashboard-page.js";
import { LoginPage } from "./pages/login-page.js";
import { ReviewPage } from "./pages/review-page.js";
import { SearchPage } from "./pages/search-page.js";
import { SourcePage } from "./pages/source-page.js";
import { SourcesPage } from "./pages/sources-page.js";
import { Link, match, navigate, useLocation } from "./router.js";
import { SessionContext, useSession } from "./session.js";

type Render = (params: Record<string, string>) => ReactNode;

/** Client routes, first match wins. */
const ROUTES: [pattern: string, render: Render][] = [
  ["/", () => <DashboardPage />],
  ["/sources", () => <SourcesPage />],
  ["/sources/:id", (p) => <SourcePage id={Number(p.id)} />],
  ["/actors", () => <ActorsPage />],
  ["/actors/:id", (p) => <ActorPage id={Number(p.id)} />],
  ["/claims", () => <ClaimsPage />],
  ["/claims/:id", (p) => <ClaimPage id={p.id!} />],
  // The address ClaimReview exports give a published check.
  ["/checks/:id", (p) => <ClaimPage id={p.id!} />],
  ["/search", () => <SearchPage />],
  ["/review", () => <ReviewPage />],
  ["/cases", () => <CasesPage />],
  ["/cases/new", () => <CaseEditorPage id={null} />],
  ["/cases/:id", (p) => <CaseEditorPage id={p.id!} />],
];

const NAV: [to: string, label: string][] = [
  ["/", "Dashboard"],
  ["/sources", "Sources"],
  ["/actors", "People & actors"],
  ["/claims", "Claims"],
  ["/search", "Search"],
  ["/review", "Review queue"],
  ["/cases", "Cases"],
];

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [error, setError] = useState<Error | null>(null);

  useEffect(() => {
    me().then(setSession, setError);
    return onSessionLost(() => setSession((s) => (s ? { ...s, user: null, csrfToken: null } : s)));
  }, []);

  if (error)
    return (
      <main id="main" className="narrow">
        <h1>Vigil</h1>
        <ErrorBox error={error} title="The server could not be reached" />
      </main>
    );
  if (!session)
    return (
      <main id="main" className="narrow">
        <Loading />
      </main>
    );
  return (
    <SessionContext.Provider value={{ session, setSession }}>
      <Shell />
    </SessionContext.Provider>
  );
}

function Shell() {
  const { session, setSession } = useSession();
  const loc = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const firstPath = useRef(loc.path);

  // A new page: move focus to it, so keyboard and screen-reader users start at its content.
  useEffect(() => {
    if (loc.path === firstPath.current) return;
    firstPath.current = "";
    mainRef.current?.focus();
    window.scrollTo(0, 0);
  }, [loc.path]);

  const signedIn = session.user !== null;
  if (!signedIn && (!session.public || loc.path === "/login"))
    return (
      <main id="main" className="narrow" ref={mainRef} tabIndex={-1}>
        <LoginPage
          onLogin={(s) => {
            setSession(s);
            if (loc.path === "/login") navigate("/", { replace: true });
          }}
        />
      </main>
    );

  let page: ReactNode = null;
  for (const [pattern, render] of ROUTES) {
    const params = match(pattern, loc.path);
    if (params) {
      page = render(params);
      break;
    }
  }

  const signOut = async () => {
    await logout().catch(() => undefined);
    setSession({ ...session, user: null, csrfToken: null, confidential: false });
    navigate("/");
  };

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to="/" className="brand" aria-label="Vigil, dashboard">
          Vigil
        </Link>
        <nav aria-label="Main">
          <ul>
            {NAV.map(([to, label]) => {
              const current = to === "/" ? loc.path === "/" : loc.path.startsWith(to);
              return (
                <li key={to}>
                  <Link to={to} aria-current={current ? "page" : undefined}>
                    {label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
        <div className="who">
          {signedIn ? (
            <>
              <span>
                {session.user!.name} <span className="role">({session.user!.role})</span>
              </span>
              <button type="button" className="link-button" onClick={signOut}>
                Sign out
              </button>
            </>
          ) : (
            <Link to="/login">Sign in</Link>
          )}
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} key={loc.path}>
        {page ?? (
          <>
            <h1>Page not found</h1>
            <p>
              There is no page at this address. <Link to="/">Go to the dashboard</Link>.
            </p>
          </>
        )}
      </main>
      <footer className="bottom">
        <p>
          Vigil · every finding links to the sentence it came from ·{" "}
          <a href="/openapi.json">API description</a>
        </p>
      </footer>
    </>
  );
}
