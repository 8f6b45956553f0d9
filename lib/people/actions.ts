"use server";
// Server action glue for the admin page and the account page: who is asking -> submit -> revalidate.
import { headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { currentViewer } from "@/lib/auth/current";
import { clientAddress } from "@/lib/auth/throttle";
import {
  addPerson,
  changeDisabled,
  changeOwnPassword,
  changeRole,
  personValues,
  resetPassword,
  type ActionMessage,
  type AddPersonState,
  type ChangePasswordState,
} from "./submit";

const text = (formData: FormData, name: string): string => {
  const v = formData.get(name);
  return typeof v === "string" ? v : "";
};

function done<T extends object>(state: T, changed: boolean): T {
  if (changed) revalidatePath("/admin/people");
  return state;
}

export async function addPersonAction(_prev: AddPersonState, formData: FormData): Promise<AddPersonState> {
  const state = await addPerson({ viewer: await currentViewer(), values: personValues(formData) });
  return done(state, Boolean(state.added));
}

export async function changeRoleAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const state = await changeRole({ viewer: await currentViewer(), userId: text(formData, "userId"), role: text(formData, "role") });
  return done(state, Boolean(state.ok));
}

export async function setDisabledAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const disabled = text(formData, "disabled") === "true";
  const state = await changeDisabled({ viewer: await currentViewer(), userId: text(formData, "userId"), disabled });
  return done(state, Boolean(state.ok));
}

export async function resetPasswordAction(_prev: ActionMessage, formData: FormData): Promise<ActionMessage> {
  const state = await resetPassword({ viewer: await currentViewer(), userId: text(formData, "userId"), password: text(formData, "password") });
  return done(state, Boolean(state.ok));
}

export async function changePasswordAction(_prev: ChangePasswordState, formData: FormData): Promise<ChangePasswordState> {
  const values = { currentPassword: text(formData, "currentPassword"), newPassword: text(formData, "newPassword"), repeatPassword: text(formData, "repeatPassword") };
  return changeOwnPassword({ viewer: await currentViewer(), values, address: clientAddress(await headers()) });
}
