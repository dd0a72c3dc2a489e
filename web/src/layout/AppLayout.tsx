import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Layout, Menu, Tag, Typography, type MenuProps } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate, Link } from 'react-router';
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
    ...(may('POST /api/v1/approvals/:id/approve')
      ? [link('approvals', '/approvals', t('nav.approvals'))]
      : []),
    ...(may('PATCH /api/v1/clients/:id') ? [link('clients', '/clients', t('nav.clients'))] : []),
    ...(may('POST /api/v1/shipments/:id/debit-notes')
      ? [
          link('debit-notes', '/debit-notes', t('nav.debitNotes')),
          link('payments', '/payments', t('nav.payments')),
        ]
      : []),
    ...(may('GET /api/v1/receivables/aging')
      ? [link('receivables', '/receivables', t('nav.receivables'))]
      : []),
    ...(may('POST /api/v1/users')
      ? [
          {
            key: 'admin',
            label: t('nav.admin'),
            children: [
              link('admin-users', '/admin/users', t('nav.users')),
              link('admin-carriers', '/admin/carriers', t('nav.carriers')),
              link('admin-audit', '/admin/audit', t('nav.audit')),
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
            <Flex align="center" gap="small" aria-label={t('header.userMenu')} role="group">
              <UserOutlined aria-hidden />
              <Typography.Text className="app-user">{me.name}</Typography.Text>
              <Tag className="app-role">{t(`role.${me.role}`)}</Tag>
            </Flex>
          )}
          <Button icon={<KeyOutlined aria-hidden />} onClick={() => setChangingPassword(true)}>
            {t('password.open')}
          </Button>
          <Button
            icon={<LogoutOutlined aria-hidden />}
            loading={signOut.isPending}
            onClick={() =>
              signOut.mutate(undefined, {
                onSuccess: () => void navigate('/sign-in', { replace: true }),
              })
            }
          >
            {t('header.signOut')}
          </Button>
        </Flex>
      </Header>
      <PasswordDialog open={changingPassword} onClose={() => setChangingPassword(false)} />
      <Content id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </Content>
    </Layout>
  );
}
