// People (accounts): one schema for the admin page's forms, `npm run user:create` and the demo accounts.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";
import { hasNoNul, nulMessage } from "@/lib/storable-text";

export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;

export const PasswordSchema = z
  .string({ error: "Type a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`);

export const RoleSchema = z.enum(ROLES, { error: "Choose a role: analyst, editor or admin." });

export const PersonInputSchema = z.object({
  email: z
    .string({ error: "Type the person's email address." })
    .trim()
    .toLowerCase()
    .pipe(z.email("Type an email address like name@example.org.").max(254, "That email address is too long.")),
  name: z
    .string({ error: "Type the person's name." })
    .trim()
    .min(1, "Type the person's name.")
    .max(120, "Use at most 120 characters.")
    .refine(hasNoNul, nulMessage("name")),
  role: RoleSchema,
  password: PasswordSchema,
});

export type PersonInput = z.output<typeof PersonInputSchema>;
export type PersonFormValues = Partial<Record<keyof PersonInput, string>>;
export type PersonFieldErrors = Partial<Record<keyof PersonInput, string[]>>;
export const PERSON_FIELDS = Object.keys(PersonInputSchema.shape) as (keyof PersonInput)[];

export function parsePersonInput(raw: unknown): { ok: true; data: PersonInput } | { ok: false; errors: PersonFieldErrors } {
  const r = PersonInputSchema.safeParse(raw);
  return r.success ? { ok: true, data: r.data } : { ok: false, errors: z.flattenError(r.error).fieldErrors as PersonFieldErrors };
}

const newPasswordParsed = (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
  !payload.issues.some((i) => i.path?.[0] === "newPassword" || i.path?.[0] === "currentPassword");

/** Changing one's own password: the current one, and the new one typed twice. */
export const PasswordChangeSchema = z
  .object({
    currentPassword: z.string({ error: "Type your current password." }).min(1, "Type your current password.").max(PASSWORD_MAX),
    newPassword: PasswordSchema,
    repeatPassword: z.string().max(PASSWORD_MAX),
  })
  // compared only once the new password itself is acceptable: one message at a time
  .refine((v) => v.newPassword === v.repeatPassword, {
    path: ["repeatPassword"],
    message: "The two new passwords differ: type the same one twice.",
    when: newPasswordParsed,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    path: ["newPassword"],
    message: "Choose a password different from the current one.",
    when: newPasswordParsed,
  });

export type PasswordChange = z.output<typeof PasswordChangeSchema>;
export type PasswordChangeErrors = Partial<Record<keyof PasswordChange, string[]>>;
