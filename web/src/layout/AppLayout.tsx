import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Flex, Layout, Menu, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Outlet, useLocation, useNavigate, Link } from 'react-router';
import { useMe, useSaveLanguage, useSignOut } from '../auth/session';
import { useI18n } from '../i18n/context';
import { useLiveUpdates } from '../live/useLiveUpdates';
import { LanguageSwitch } from './LanguageSwitch';
import { PasswordDialog } from './PasswordDialog';

const { Header, Content } = Layout;

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

  const section = location.pathname.startsWith('/shipments')
    ? 'shipments'
    : location.pathname.startsWith('/bookings')
      ? 'booking'
      : 'board';

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
          selectedKeys={[section]}
          items={[
            { key: 'board', label: <Link to="/">{t('nav.board')}</Link> },
            // Who may book (the permission matrix, via GET /auth/me) sees the way to it.
            ...(me?.permissions.includes('POST /api/v1/shipments')
              ? [{ key: 'booking', label: <Link to="/bookings/new">{t('booking.nav')}</Link> }]
              : []),
          ]}
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
