import { Router, Request, Response, NextFunction } from "express";
import { z } from "zod";
import { db } from "../db";
import { requireAuth } from "../middleware/auth";

const router = Router();

const CreateUser = z.object({
  email: z.string().email(),
  displayName: z.string().min(2).max(60),
  role: z.enum(["viewer", "editor", "admin"]).default("viewer"),
});
type CreateUser = z.infer<typeof CreateUser>;

function asyncHandler(fn: (req: Request, res: Response) => Promise<void>) {
  return (req: Request, res: Response, next: NextFunction) => {
    fn(req, res).catch(next);
  };
}

router.get(
  "/",
  requireAuth("admin"),
  asyncHandler(async (req, res) => {
    const page = Math.max(1, Number(req.query.page) || 1);
    const users = await db.user.findMany({ skip: (page - 1) * 25, take: 25, orderBy: { createdAt: "desc" } });
    res.json({ page, users });
  }),
);

router.post(
  "/",
  requireAuth("admin"),
  asyncHandler(async (req, res) => {
    const parsed = CreateUser.safeParse(req.body);
    if (!parsed.success) {
      res.status(422).json({ errors: parsed.error.flatten().fieldErrors });
      return;
    }
    const input: CreateUser = parsed.data;
    const user = await db.user.create({ data: input });
    res.status(201).location(`/users/${user.id}`).json(user);
  }),
);

router.delete(
  "/:id",
  requireAuth("admin"),
  asyncHandler(async (req, res) => {
    await db.user.delete({ where: { id: req.params.id } });
    res.sendStatus(204);
  }),
);

export default router;
