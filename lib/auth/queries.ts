// Who is asking: the signed-in person of the current request, or null.
import "server-only";
import { auth } from "./auth";
import { isRole, type Viewer } from "./roles";

/** The viewer behind these request headers; a disabled account or an unknown role counts as signed out. */
export async function getViewer(requestHeaders: Headers): Promise<Viewer | null> {
  const session = await auth().api.getSession({ headers: requestHeaders });
  const user = session?.user;
  if (!user || user.banned || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, sessionId: session.session.id };
}
