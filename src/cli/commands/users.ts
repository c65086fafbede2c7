import type { Readable } from "node:stream";
import type { Command } from "commander";
import { Option } from "commander";
import { hashPassword, passwordProblem } from "../../accounts/password.js";
import { ROLES, type Role } from "../../accounts/roles.js";
import { UsageError } from "../../errors.js";
import type { UserInfo } from "../../store/accounts/accounts-types.js";
import { cliUser, type CommandContext } from "../context.js";
import { write } from "../io.js";
import { withStore } from "../store.js";
import { textTable } from "./register-format.js";

type TtyIn = Readable & { isTTY?: boolean; setRawMode?: (on: boolean) => void };

/** The whole of standard input, without its final line break (`--password-stdin`). */
async function readStdin(stdin: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on the terminal without echoing what is typed. */
async function prompt(ctx: CommandContext, question: string): Promise<string> {
  const stdin = ctx.io.stdin as TtyIn;
  if (!stdin.isTTY || !stdin.setRawMode)
    throw new UsageError("no terminal to ask for the password: give --password-stdin");
  await write(ctx.io.stderr, question);
  stdin.setRawMode(true);
  stdin.resume();
  try {
    return await new Promise<string>((resolve, reject) => {
      let typed = "";
      const onData = (data: Buffer): void => {
        for (const ch of data.toString("utf8")) {
          if (ch === "\r" || ch === "\n") {
            stdin.off("data", onData);
            resolve(typed);
            return;
          }
          if (ch === "\u0003") {
            stdin.off("data", onData);
            reject(new UsageError("cancelled"));
            return;
          }
          if (ch === "\u007f" || ch === "\b") typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      stdin.on("data", onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
    await write(ctx.io.stderr, "\n");
  }
}

async function newPassword(ctx: CommandContext, fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) password = await readStdin(ctx.io.stdin);
  else {
    password = await prompt(ctx, "Password: ");
    if ((await prompt(ctx, "Again: ")) !== password)
      throw new UsageError("the two passwords differ");
  }
  const problem = passwordProblem(password);
  if (problem) throw new UsageError(problem);
  return hashPassword(password);
}

function usersTable(list: readonly UserInfo[]): string {
  return textTable([
    ["name", "role", "created"],
    ...list.map((u) => [u.name, u.role, u.createdAt.slice(0, 19)]),
  ]);
}

const roleOption = (): Option =>
  new Option("--role <role>", "viewer, editor, reviewer or admin").choices([...ROLES]);

export function registerUsers(program: Command, ctx: CommandContext): void {
  const change = (opts: { why?: string }) => ({ by: cliUser(ctx), why: opts.why ?? null });
  const users = program
    .command("users")
    .description("Accounts for the HTTP server: add, remove, change roles and passwords, list");

  users
    .command("list", { isDefault: true })
    .description("Users and their roles (the default)")
    .option("--json", "JSON output")
    .action(async (opts: { json?: boolean }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil users list", async (store) => {
        const list = await store.usersList();
        if (opts.json) return write(ctx.io.stdout, JSON.stringify(list, null, 2) + "\n");
        if (list.length === 0)
          return write(
            ctx.io.stdout,
            "No users yet: `vigil serve` creates an admin on its first run.\n",
          );
        await write(ctx.io.stdout, usersTable(list));
      });
    });

  users
    .command("add")
    .description("Add a user; the password is asked for (or read with --password-stdin)")
    .argument("<name>", "user name")
    .addOption(roleOption().makeOptionMandatory())
    .option("--password-stdin", "read the password from standard input")
    .option("--why <text>", "why: kept in the audit log")
    .action(
      async (
        name: string,
        opts: { role: Role; passwordStdin?: boolean; why?: string },
        cmd: Command,
      ) => {
        const passwordHash = await newPassword(ctx, opts.passwordStdin === true);
        await withStore(ctx, cmd, "vigil users add", async (store) => {
          const u = await store.userAdd({ name, role: opts.role, passwordHash }, change(opts));
          await write(ctx.io.stdout, `added ${u.name} (${u.role})\n`);
        });
      },
    );

  users
    .command("remove")
    .description("Remove a user and end their sessions")
    .argument("<name>", "user name")
    .option("--why <text>", "why: kept in the audit log")
    .action(async (name: string, opts: { why?: string }, cmd: Command) => {
      await withStore(ctx, cmd, "vigil users remove", async (store) => {
        const u = await store.userRemove(name, change(opts));
        await write(ctx.io.stdout, `removed ${u.name} (${u.role})\n`);
      });
    });

  users
    .command("role")
    .description("Change a user's role (their sessions end)")
    .argument("<name>", "user name")
    .argument("<role>", "viewer, editor, reviewer or admin")
    .option("--why <text>", "why: kept in the audit log")
    .action(async (name: string, role: string, opts: { why?: string }, cmd: Command) => {
      if (!(ROLES as readonly string[]).includes(role))
        throw new UsageError(`unknown role ${role}: ${ROLES.join(", ")}`);
      await withStore(ctx, cmd, "vigil users role", async (store) => {
        const u = await store.userSetRole(name, role as Role, change(opts));
        await write(ctx.io.stdout, `${u.name} is now ${u.role}\n`);
      });
    });

  users
    .command("password")
    .description("Set a user's password (asked for, or --password-stdin); their sessions end")
    .argument("<name>", "user name")
    .option("--password-stdin", "read the password from standard input")
    .option("--why <text>", "why: kept in the audit log")
    .action(async (name: string, opts: { passwordStdin?: boolean; why?: string }, cmd: Command) => {
      const passwordHash = await newPassword(ctx, opts.passwordStdin === true);
      await withStore(ctx, cmd, "vigil users password", async (store) => {
        const u = await store.userSetPassword(name, passwordHash, change(opts));
        await write(ctx.io.stdout, `password of ${u.name} changed\n`);
      });
    });
}
