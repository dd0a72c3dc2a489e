import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Dropdown, Flex, Layout, Menu, Tag, type MenuProps } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate, Link } from 'react-router';
import { ApprovalsNavLink } from '../approvals/PendingCount';
import { useMe, useSaveLanguage, useSignOut } from '../auth/session';
import { useI18n, type Translate } from '../i18n/context';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { LanguageSwitch } from './LanguageSwitch';
import { PasswordDialog } from './PasswordDialog';

const { Header, Content } = Layout;

/** The sections a path can belong to (its first segment), the board being `/`. */
const NAV_SECTIONS = [
  'shipments',
  'bookings',
  'debit-notes',
  'payments',
  'payables',
  'receivables',
  'approvals',
  'clients',
  'admin',
] as const;

/**
 * The header's navigation: each role sees the screens its permissions (GET /auth/me, the permission matrix)
 * let it use; the service still refuses everything else.
 */
function navItems(may: (permission: string) => boolean, t: Translate): MenuProps['items'] {
  const link = (key: string, to: string, label: string) => ({ key, label: <Link to={to}>{label}</Link> });
  return [
    may('GET /api/v1/board') ? link('board', '/', t('nav.board')) : link('board', '/', t('nav.portal')),
    ...(may('POST /api/v1/shipments') ? [link('bookings', '/bookings/new', t('booking.nav'))] : []),
    ...(may('POST /api/v1/approvals/:id/approve') ? [{ key: 'approvals', label: <ApprovalsNavLink /> }] : []),
    ...(may('PATCH /api/v1/clients/:id') ? [link('clients', '/clients', t('nav.clients'))] : []),
    ...(may('POST /api/v1/shipments/:id/debit-notes')
      ? [
          link('debit-notes', '/debit-notes', t('nav.debitNotes')),
          link('payments', '/payments', t('nav.payments')),
        ]
      : []),
    ...(may('GET /api/v1/payables/aging') ? [link('payables', '/payables', t('nav.payables'))] : []),
    ...(may('GET /api/v1/receivables/aging')
      ? [link('receivables', '/receivables', t('nav.receivables'))]
      : []),
    // Admins and managers: each only the screens their permissions open (a manager: no users).
    ...(may('POST /api/v1/users') || may('POST /api/v1/floor-prices')
      ? [
          {
            key: 'admin',
            label: t('nav.admin'),
            children: [
              ...(may('POST /api/v1/users') ? [link('admin-users', '/admin/users', t('nav.users'))] : []),
              ...(may('POST /api/v1/carriers')
                ? [link('admin-carriers', '/admin/carriers', t('nav.carriers'))]
                : []),
              link('admin-floor-prices', '/admin/floor-prices', t('nav.floorPrices')),
              ...(may('GET /api/v1/fee-rules')
                ? [link('admin-fee-rules', '/admin/fee-rules', t('nav.feeRules'))]
                : []),
              ...(may('GET /api/v1/paper-rules')
                ? [link('admin-paper-rules', '/admin/paper-rules', t('nav.paperRules'))]
                : []),
              ...(may('GET /api/v1/audit') ? [link('admin-audit', '/admin/audit', t('nav.audit'))] : []),
            ],
          },
        ]
      : []),
  ];
}

/** The signed-in frame: the header (navigation, who is signed in, language, sign out) and the page. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe().data;
  const signOut = useSignOut();
  const saveLanguage = useSaveLanguage();
  const navigate = useNavigate();
  const location = useLocation();
  const { message } = AntApp.useApp();
  const [changingPassword, setChangingPassword] = useState(false);
  useLiveUpdates();

  const may = (permission: string) => me?.permissions.includes(permission) ?? false;
  const section = NAV_SECTIONS.find((p) => location.pathname.startsWith(`/${p}`)) ?? 'board';

  return (
    <Layout className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header className="app-header">
        <Link to="/" className="app-brand">
          {t('app.name')}
        </Link>
        <Menu
          className="app-nav"
          theme="dark"
          mode="horizontal"
          selectedKeys={[section === 'admin' ? `admin-${location.pathname.split('/')[2]}` : section]}
          items={navItems(may, t)}
        />
        <Flex align="center" gap="middle" className="app-header-end">
          <LanguageSwitch
            onChosen={(language) =>
              saveLanguage.mutate(language, {
                onError: (error) => void message.error(error.message),
              })
            }
          />
          {me && (
            // Who is signed in, and what they do to themselves: change their password, sign out.
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'password', icon: <KeyOutlined aria-hidden />, label: t('password.open') },
                  { key: 'signOut', icon: <LogoutOutlined aria-hidden />, label: t('header.signOut') },
                ],
                onClick: ({ key }) => {
                  if (key === 'password') setChangingPassword(true);
                  else
                    signOut.mutate(undefined, {
                      onSuccess: () => void navigate('/sign-in', { replace: true }),
                    });
                },
              }}
            >
              <Button
                type="text"
                className="app-user-menu"
                data-testid="user-menu"
                // No `loading` here: a button given it keeps an invisible spinner in its "leaving" motion for
                // as long as it is on the page, and the browser tests wait for motions to end.
                disabled={signOut.isPending}
              >
                <UserOutlined aria-hidden />
                <span className="app-user">{me.name}</span>
                <Tag className="app-role">{t(`role.${me.role}`)}</Tag>
                <span className="visually-hidden">{t('header.userMenuHint')}</span>
                <DownOutlined aria-hidden />
              </Button>
            </Dropdown>
          )}
        </Flex>
      </Header>
      <PasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Content id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </Content>
    </Layout>
  );
}
