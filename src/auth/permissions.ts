import type { Role } from '../common/roles';

/** Who may call a route: anyone (`public`), or these roles (with a token). */
export type Rule = 'public' | readonly Role[];

const ALL: readonly Role[] = ['admin', 'manager', 'operator', 'sales', 'accounts', 'client'];
const STAFF: readonly Role[] = ['admin', 'manager', 'operator', 'sales', 'accounts'];
const OPERATIONS: readonly Role[] = ['admin', 'operator'];
const ACCOUNTS: readonly Role[] = ['admin', 'accounts'];
const DECIDERS: readonly Role[] = ['admin', 'manager'];

/**
 * The permission matrix: every route of the app × role, in one place (docs/security.md shows it as a
 * table). The global guard enforces it; a route missing here is refused to everyone (and a test walks every
 * route and fails on one without a rule). Which records a role sees within a route is the scope's job
 * (src/auth/scope.service.ts): a client user sees only its own company's, sales their clients', a manager
 * their team's.
 */
export const PERMISSIONS: Readonly<Record<string, Rule>> = {
  'GET /health': 'public',
  'POST /api/v1/auth/login': 'public',
  // Every user changes their own password (the current one required); an admin resets others' (PATCH /users/:id).
  'POST /api/v1/auth/password': ALL,
  // Signing out of the console's cookie session; who am I, and my own language.
  'POST /api/v1/auth/logout': ALL,
  'GET /api/v1/auth/me': ALL,
  'PATCH /api/v1/auth/me': ALL,

  'POST /api/v1/users': ['admin'],
  'GET /api/v1/users': ['admin'],
  'GET /api/v1/users/:id': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'GET /api/v1/audit': DECIDERS,

  'POST /api/v1/clients': ['admin', 'manager', 'sales'],
  'GET /api/v1/clients': STAFF,
  'GET /api/v1/clients/:id': STAFF,
  'PATCH /api/v1/clients/:id': ['admin', 'manager', 'sales'],
  'GET /api/v1/clients/:id/fx-terms': STAFF,
  'PUT /api/v1/clients/:id/fx-terms': ['admin', 'manager', 'accounts'],
  'GET /api/v1/clients/:id/statement/pdf': ['admin', 'manager', 'accounts', 'sales', 'client'],

  'POST /api/v1/carriers': ['admin', 'manager', 'operator'],
  'GET /api/v1/carriers': STAFF,
  'GET /api/v1/carriers/:id': STAFF,
  'PATCH /api/v1/carriers/:id': ['admin', 'manager', 'operator'],
  // Floor prices per lane and container type: managers keep them, staff read them (issue 16).
  'GET /api/v1/floor-prices': STAFF,
  'GET /api/v1/floor-prices/:id': STAFF,
  'POST /api/v1/floor-prices': ['admin', 'manager'],
  'PATCH /api/v1/floor-prices/:id': ['admin', 'manager'],
  'DELETE /api/v1/floor-prices/:id': ['admin', 'manager'],

  'POST /api/v1/shipments': ['admin', 'operator', 'sales'],
  'GET /api/v1/shipments': ALL,
  'GET /api/v1/shipments/:id': ALL,
  // Corrections to the shipment's record (the B/L number) are operations' work, like the actions.
  // Managers assign operators; the B/L number is the operators' (checked in the service).
  'PATCH /api/v1/shipments/:id': ['admin', 'operator', 'manager'],
  'GET /api/v1/shipments/:id/editable': STAFF,
  'GET /api/v1/shipments/:id/events': ALL,
  'GET /api/v1/shipments/:id/next-actions': STAFF,
  // The shipment's papers (docs/papers.md): those who work the shipment upload, edit and remove them; a
  // client user reads the client-visible ones of its own shipments (the service decides which).
  'GET /api/v1/attachment-kinds': ALL,
  'POST /api/v1/shipments/:id/attachments': ['admin', 'manager', 'operator', 'sales'],
  'GET /api/v1/shipments/:id/attachments': ALL,
  'GET /api/v1/attachments/:id': ALL,
  'GET /api/v1/attachments/:id/content': ALL,
  'PATCH /api/v1/attachments/:id': ['admin', 'manager', 'operator', 'sales'],
  'POST /api/v1/attachments/:id/remove': ['admin', 'manager', 'operator', 'sales'],
  // Client-visible papers sent to the client by e-mail: those who work the shipment.
  'POST /api/v1/shipments/:id/attachments/send': ['admin', 'manager', 'operator', 'sales'],
  // The checklist of papers per action: staff read it, managers keep its rules.
  'GET /api/v1/shipments/:id/papers': STAFF,
  'GET /api/v1/paper-rules': STAFF,
  'POST /api/v1/paper-rules': DECIDERS,
  'PUT /api/v1/paper-rules/:id': DECIDERS,
  'DELETE /api/v1/paper-rules/:id': DECIDERS,
  'GET /api/v1/shipments/:id/booking-confirmation/pdf': ALL,
  'GET /api/v1/shipments/:id/bl-draft/pdf': ALL,
  // Documents as sent (docs/documents.md): client-facing, so a client user sees its own; the scope decides.
  'GET /api/v1/shipments/:id/documents': ALL,
  'GET /api/v1/clients/:id/documents': ALL,
  'GET /api/v1/documents/:id/pdf': ALL,
  'POST /api/v1/shipments/:id/actions/confirm-booking': ['admin', 'operator', 'sales'],
  'POST /api/v1/shipments/:id/actions/request-space': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/release-so': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/declare-customs': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/flag-inspection': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/clear-inspection': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/release-customs': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/submit-si': OPERATIONS,
  // A client user approves its own side of the B/L draft (party "client"), nothing else.
  'POST /api/v1/shipments/:id/actions/approve-bl': ['admin', 'operator', 'client'],
  'POST /api/v1/shipments/:id/actions/release-bl': ACCOUNTS,
  'POST /api/v1/shipments/:id/actions/roll': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/cancel': OPERATIONS,
  'POST /api/v1/shipments/:id/actions/shut-out': OPERATIONS,
  'POST /api/v1/shipments/:id/containers/:containerId/actions/pickup': OPERATIONS,
  'POST /api/v1/shipments/:id/containers/:containerId/actions/stuff': OPERATIONS,
  'POST /api/v1/shipments/:id/containers/:containerId/actions/gate-in': OPERATIONS,

  // Fees by carrier and terminal (issue 16): managers keep the rules, staff read them. A shipment's charges
  // are costs: staff in scope read them (a client user gets 404 from the service), operators, accounts and
  // managers record and correct them; accounts and managers start drafts from them.
  'GET /api/v1/fee-rules': STAFF,
  'GET /api/v1/fee-rules/:id': STAFF,
  'POST /api/v1/fee-rules': DECIDERS,
  'PATCH /api/v1/fee-rules/:id': DECIDERS,
  'DELETE /api/v1/fee-rules/:id': DECIDERS,
  'GET /api/v1/shipments/:id/charges': ALL,
  'POST /api/v1/shipments/:id/charges': ['admin', 'operator', 'accounts', 'manager'],
  'PATCH /api/v1/charges/:id': ['admin', 'operator', 'accounts', 'manager'],
  'POST /api/v1/charges/:id/void': ['admin', 'operator', 'accounts', 'manager'],
  'POST /api/v1/shipments/:id/debit-notes/from-charges': ['admin', 'accounts', 'manager'],
  'POST /api/v1/shipments/:id/debit-notes': ACCOUNTS,
  'GET /api/v1/shipments/:id/debit-notes': ALL,
  'GET /api/v1/debit-notes': ALL,
  'GET /api/v1/debit-notes/:id': ALL,
  'GET /api/v1/debit-notes/:id/pdf': ALL,
  'PATCH /api/v1/debit-notes/:id': ACCOUNTS,
  'POST /api/v1/debit-notes/:id/issue': ACCOUNTS,
  'POST /api/v1/debit-notes/:id/void': ACCOUNTS,
  'POST /api/v1/debit-notes/preview': ACCOUNTS,
  'POST /api/v1/payments': ACCOUNTS,
  'GET /api/v1/payments': STAFF,
  'GET /api/v1/payments/:id': STAFF,
  // Paying the carriers' bills, and what we owe them: accounts' work (docs/billing.md "Carrier bills").
  'POST /api/v1/carrier-payments': ACCOUNTS,
  'GET /api/v1/carrier-payments': ACCOUNTS,
  'GET /api/v1/payables/aging': ACCOUNTS,
  'GET /api/v1/shipments/:id/profit': STAFF,
  'GET /api/v1/board': STAFF,
  // Each caller's stream carries only what their scope lets them read (src/stream/, docs/api.md "Stream").
  'GET /api/v1/stream': ALL,
  'GET /api/v1/receivables/aging': ['admin', 'manager', 'accounts', 'sales'],
  // Why a B/L waits, and a client's credit: staff within their scope (a client user asks its accounts).
  'GET /api/v1/shipments/:id/release-position': STAFF,
  'GET /api/v1/clients/:id/credit-position': ['admin', 'manager', 'accounts', 'sales'],

  'POST /api/v1/approvals': STAFF,
  'GET /api/v1/approvals': STAFF,
  // How many pending approvals await the caller's decision (the console header's count).
  'GET /api/v1/approvals/pending-count': DECIDERS,
  'GET /api/v1/approvals/:id': STAFF,
  'POST /api/v1/approvals/:id/approve': DECIDERS,
  'POST /api/v1/approvals/:id/reject': DECIDERS,

  'GET /api/v1/emails': ALL,
};

/** The matrix key of a request: its method and the route pattern it matched. */
export const routeKey = (method: string, url: string): string => `${method.toUpperCase()} ${url}`;

/**
 * The routes the matrix allows a role, as its keys (`METHOD /api/v1/path`, `:name` for path parameters), in
 * the matrix's order; public routes, which need no role, are left out. GET /auth/me answers them, so that the
 * console shows only what the caller may do (the guard still decides every request).
 */
export function permissionsOf(role: Role): string[] {
  return Object.entries(PERMISSIONS)
    .filter(([, rule]) => rule !== 'public' && rule.includes(role))
    .map(([key]) => key);
}
