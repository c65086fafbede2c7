import { hashPassword, passwordProblem } from "../../accounts/password.js";
import { ROLES, type Role } from "../../accounts/roles.js";
import { UsageError } from "../../errors.js";
import { pageSchema, pageWindow, PAGE_QUERY, slicePage } from "../pagination.js";
import { example, input, INTEGER, object, STRING, WHY } from "../schemas.js";
import type { RouteModule } from "./route-module.js";

const ROLE = { type: "string", enum: [...ROLES] };
const USER_INFO = object({ id: INTEGER, name: STRING, role: ROLE, createdAt: STRING });
const NAME_PARAM = input({ name: example(STRING, "editor1", "user name") }, ["name"]);

async function passwordHash(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(problem);
  return hashPassword(password);
}

export const userRoutes: RouteModule = (app, ctx) => {
  const { store } = ctx;

  app.get(
    "/api/users",
    {
      schema: {
        summary: "Users and their roles",
        tags: ["users"],
        querystring: input({ ...PAGE_QUERY }),
        response: { 200: pageSchema(USER_INFO) },
      },
      config: { access: "admin" },
    },
    async (req) => slicePage(await store.usersList(), pageWindow(req.query as { limit?: number })),
  );

  app.post(
    "/api/users",
    {
      schema: {
        summary: "Add a user (`vigil users add`)",
        tags: ["users"],
        body: input(
          {
            name: { type: "string", minLength: 1, maxLength: 64 },
            role: ROLE,
            password: { type: "string", minLength: 1, maxLength: 1024 },
            why: WHY,
          },
          ["name", "role", "password"],
          [{ name: "editor1", role: "editor", password: "a-long-example-password" }],
        ),
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) => {
      const b = req.body as { name: string; role: Role; password: string; why?: string | null };
      return store.userAdd(
        { name: b.name, role: b.role, passwordHash: await passwordHash(b.password) },
        { by: req.viewer.user!.name, why: b.why ?? null },
      );
    },
  );

  app.patch(
    "/api/users/:name",
    {
      schema: {
        summary: "Change a user's role or password; their sessions end (`vigil users role`)",
        tags: ["users"],
        params: NAME_PARAM,
        body: input(
          { role: ROLE, password: { type: "string", minLength: 1, maxLength: 1024 }, why: WHY },
          [],
          [{ role: "reviewer" }],
        ),
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) => {
      const { name } = req.params as { name: string };
      const b = req.body as { role?: Role; password?: string; why?: string | null };
      if (!b.role && !b.password) throw new UsageError("give a role or a password to change");
      const change = { by: req.viewer.user!.name, why: b.why ?? null };
      let user = b.password
        ? await store.userSetPassword(name, await passwordHash(b.password), change)
        : null;
      if (b.role) user = await store.userSetRole(name, b.role, change);
      return user!;
    },
  );

  app.delete(
    "/api/users/:name",
    {
      schema: {
        summary: "Remove a user; their sessions end (`vigil users remove`)",
        tags: ["users"],
        params: NAME_PARAM,
        querystring: input({ why: { ...WHY, type: "string" } }),
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) =>
      store.userRemove((req.params as { name: string }).name, {
        by: req.viewer.user!.name,
        why: (req.query as { why?: string }).why ?? null,
      }),
  );
};
