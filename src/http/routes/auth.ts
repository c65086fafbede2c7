import type { FastifyReply } from "fastify";
import { mayReadConfidential, ROLES } from "../../accounts/roles.js";
import { dummyHash, verifyPassword } from "../../accounts/password.js";
import { Unauthenticated } from "../../errors.js";
import {
  CSRF_HEADER,
  csrfToken,
  newSessionToken,
  SESSION_COOKIE,
  tokenHash,
} from "../auth/tokens.js";
import type { AppContext } from "../context.js";
import { BOOLEAN, example, input, INTEGER, NSTRING, nullable, object, STRING } from "../schemas.js";
import type { RouteModule } from "./route-module.js";

const USER = object({ id: INTEGER, name: STRING, role: { type: "string", enum: [...ROLES] } });

const SESSION = object({
  user: nullable(USER),
  csrfToken: NSTRING,
  expiresAt: NSTRING,
  public: BOOLEAN,
  confidential: BOOLEAN,
});

function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expires: Date) {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    secure: ctx.config.secureCookies,
    path: "/",
    expires,
  });
}

export const authRoutes: RouteModule = (app, ctx, { limiter }) => {
  const { store } = ctx;

  app.post(
    "/api/auth/login",
    {
      schema: {
        summary:
          "Sign in: sets the HTTP-only session cookie and returns the CSRF token to send in the x-csrf-token header",
        tags: ["auth"],
        body: input(
          {
            name: { type: "string", minLength: 1, maxLength: 64 },
            password: { type: "string", minLength: 1, maxLength: 1024 },
          },
          ["name", "password"],
          [{ name: "admin", password: "example-password" }],
        ),
        response: { 200: SESSION },
      },
      config: { access: "open" },
    },
    async (req, reply) => {
      const { name, password } = req.body as { name: string; password: string };
      limiter.check(name, req.ip);
      const user = await store.userCredentials(name);
      // A name that does not exist costs the same scrypt as a wrong password.
      const good = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
      if (!user || !good) {
        limiter.fail(name, req.ip);
        throw new Unauthenticated("wrong user name or password");
      }
      limiter.succeed(name);
      const token = newSessionToken();
      const expires = new Date(ctx.now() + ctx.config.sessionHours * 3600 * 1000);
      await store.sessionCreate({
        tokenHash: tokenHash(token),
        userId: user.id,
        expiresAt: expires.toISOString(),
        now: new Date(ctx.now()).toISOString(),
      });
      setSessionCookie(reply, ctx, token, expires);
      req.log.info({ user: user.id }, "login");
      return {
        user: { id: user.id, name: user.name, role: user.role },
        csrfToken: csrfToken(token),
        expiresAt: expires.toISOString(),
        public: ctx.public,
        confidential: mayReadConfidential(user.role),
      };
    },
  );

  app.post(
    "/api/auth/logout",
    {
      schema: {
        summary: "Sign out: ends the session and clears the cookie",
        tags: ["auth"],
        response: { 200: object({ ok: BOOLEAN }) },
      },
      config: { access: "read" },
    },
    async (req, reply) => {
      if (req.viewer.sessionHash) await store.sessionDelete(req.viewer.sessionHash);
      void reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return { ok: true };
    },
  );

  app.get(
    "/api/auth/me",
    {
      schema: {
        summary:
          "Who is signed in (null when nobody), whether the server is public, the CSRF token",
        tags: ["auth"],
        response: { 200: SESSION },
      },
      config: { access: "open", session: true },
    },
    async (req) => ({
      user: req.viewer.user,
      csrfToken: req.viewer.csrf,
      expiresAt: null,
      public: ctx.public,
      confidential: req.viewer.confidential,
    }),
  );

  app.get(
    "/api/auth/csrf",
    {
      schema: {
        summary: `The session's CSRF token: send it in the ${CSRF_HEADER} header on every POST, PUT, PATCH and DELETE`,
        tags: ["auth"],
        response: { 200: object({ csrfToken: example(STRING, "…"), header: STRING }) },
      },
      config: { access: "read" },
    },
    async (req) => ({ csrfToken: req.viewer.csrf ?? "", header: CSRF_HEADER }),
  );
};
