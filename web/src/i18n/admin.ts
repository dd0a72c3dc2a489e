/** The managers' and admins' screens' words: approvals, users, carriers, audit log. Every key in both languages (the type refuses a missing one). */
export const adminZh = {
  'nav.approvals': '审批',
  'nav.admin': '管理',
  'nav.users': '用户',
  'nav.carriers': '船公司',
  'nav.audit': '操作日志',
} satisfies Record<string, string>;

export const adminEn: Record<keyof typeof adminZh, string> = {
  'nav.approvals': 'Approvals',
  'nav.admin': 'Admin',
  'nav.users': 'Users',
  'nav.carriers': 'Carriers',
  'nav.audit': 'Audit log',
};
