/** The sales screens' and the client portal's words: clients, their terms and contacts, the portal. Every key in both languages (the type refuses a missing one). */
export const clientsZh = {
  'nav.clients': '客户',
  'nav.portal': '我的货物',
} satisfies Record<string, string>;

export const clientsEn: Record<keyof typeof clientsZh, string> = {
  'nav.clients': 'Clients',
  'nav.portal': 'My shipments',
};
