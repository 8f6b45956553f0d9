// The viewer of the request being rendered, read once per request however many components ask.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { getViewer } from "./queries";
import type { Viewer } from "./roles";

export const currentViewer = cache(async (): Promise<Viewer | null> => getViewer(await headers()));
