// The viewer of the request being rendered, read once per request however many components ask.
import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "@/lib/env";
import { getViewer } from "./queries";
import { authorizeRead, type Viewer } from "./roles";

export const currentViewer = cache(async (): Promise<Viewer | null> => getViewer(await headers()));

/** For pages that show figures: with READ_ACCESS=signed-in, a visitor is sent to sign in and back to `path`. */
export async function requireReader(path: string): Promise<Viewer | null> {
  const viewer = await currentViewer();
  if (!authorizeRead(viewer, env().READ_ACCESS).ok) redirect(`/sign-in?next=${encodeURIComponent(path)}`);
  return viewer;
}
