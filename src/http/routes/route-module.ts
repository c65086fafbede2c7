import type { FastifyInstance } from "fastify";
import type { LoginLimiter } from "../auth/login-limiter.js";
import type { AppContext } from "../context.js";

export interface RouteExtras {
  limiter: LoginLimiter;
}

/** A file of routes for one area. */
export type RouteModule = (
  app: FastifyInstance,
  ctx: AppContext,
  extras: RouteExtras,
) => void | Promise<void>;
