/** The people who use Quayside (docs/domain.md, "The people and what they do in Quayside"). */
export const ROLES = ['admin', 'manager', 'operator', 'sales', 'accounts', 'client'] as const;
export type Role = (typeof ROLES)[number];

/** Everyone inside the company: every role but `client`. */
export const STAFF_ROLES: readonly Role[] = ['admin', 'manager', 'operator', 'sales', 'accounts'];

/** Who is acting, carried with the request and written into every event and audit record. */
export interface Actor {
  id: string;
  name: string;
  role: Role;
  clientId: string | null;
  teamLeadId: string | null;
}
