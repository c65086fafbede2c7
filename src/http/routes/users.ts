import { hashPassword, passwordProblem } from "../../accounts/password.js";
import { ROLES, type Role } from "../../accounts/roles.js";
import { UsageError } from "../../errors.js";
import { pageSchema, pageWindow, PAGE_QUERY, slicePage } from "../pagination.js";
import { example, input, INTEGER, object, STRING } from "../schemas.js";
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
          },
          ["name", "role", "password"],
          [{ name: "editor1", role: "editor", password: "a-long-example-password" }],
        ),
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) => {
      const b = req.body as { name: string; role: Role; password: string };
      return store.userAdd({
        name: b.name,
        role: b.role,
        passwordHash: await passwordHash(b.password),
      });
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
          { role: ROLE, password: { type: "string", minLength: 1, maxLength: 1024 } },
          [],
          [{ role: "reviewer" }],
        ),
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) => {
      const { name } = req.params as { name: string };
      const b = req.body as { role?: Role; password?: string };
      if (!b.role && !b.password) throw new UsageError("give a role or a password to change");
      let user = b.password
        ? await store.userSetPassword(name, await passwordHash(b.password))
        : null;
      if (b.role) user = await store.userSetRole(name, b.role);
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
        response: { 200: USER_INFO },
      },
      config: { access: "admin" },
    },
    async (req) => store.userRemove((req.params as { name: string }).name),
  );
};
