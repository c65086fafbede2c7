import { useState, type FormEvent } from "react";
import type { ApiError } from "../api/client.js";
import { login } from "../api/client.js";
import type { Session } from "../api/types.js";
import { ErrorBox } from "../components/error-box.js";
import { Field } from "../components/field.js";
import { usePageTitle } from "../lib/title.js";

export function LoginPage({ onLogin }: { onLogin: (s: Session) => void }) {
  usePageTitle("Sign in");
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onLogin(await login(name, password));
    } catch (err) {
      setError(err as ApiError);
      setBusy(false);
    }
  };

  return (
    <section className="login" aria-labelledby="login-title">
      <h1 id="login-title">Sign in to Vigil</h1>
      <p className="muted">
        A workbench for monitoring detentions, statements and official claims. The first{" "}
        <code>vigil serve</code> (or <code>vigil demo</code>) printed a user name and password.
      </p>
      <form onSubmit={submit} className="stack">
        <Field
          label="User name"
          name="username"
          autoComplete="username"
          required
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <ErrorBox error={error} title="Not signed in" />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Signing in…" : "Sign in"}
        </button>
      </form>
    </section>
  );
}
