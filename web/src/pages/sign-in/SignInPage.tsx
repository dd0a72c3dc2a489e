import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useMe, useSignIn } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import { LanguageSwitch } from '../../layout/LanguageSwitch';

interface Credentials {
  email: string;
  password: string;
}

/** Only a path of this console: `?next=//elsewhere.example` must not send a signed-in user away. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}

/** Signing in: the session goes into an HttpOnly cookie; then back to where the user was going. */
export function SignInPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const me = useMe();
  const signIn = useSignIn();
  const navigate = useNavigate();

  if (me.data) return <Navigate to={next} replace />;

  const error = signIn.error;
  let problem: string | null = null;
  if (isApiError(error, 429)) problem = t('signIn.rateLimited', { seconds: error.retryAfterSeconds ?? 60 });
  else if (isApiError(error, 401) || isApiError(error, 400)) problem = t('signIn.failed');
  else if (isApiError(error, 0)) problem = t('error.network');
  else if (error) problem = error.message;

  return (
    <main className="sign-in" id="main">
      <Flex justify="flex-end" className="sign-in-language">
        <LanguageSwitch />
      </Flex>
      <Card className="sign-in-card">
        <Typography.Title level={1} className="sign-in-title">
          {t('app.name')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
        <Form<Credentials>
          name="sign-in"
          layout="vertical"
          requiredMark={false}
          disabled={signIn.isPending}
          onFinish={(values) =>
            signIn.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) })
          }
        >
          <Form.Item
            label={t('signIn.email')}
            name="email"
            rules={[{ required: true, message: t('signIn.required', { field: t('signIn.email') }) }]}
          >
            <Input type="email" autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            label={t('signIn.password')}
            name="password"
            rules={[{ required: true, message: t('signIn.required', { field: t('signIn.password') }) }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {problem && <Alert type="error" title={problem} showIcon className="sign-in-error" role="alert" />}
          <Button type="primary" htmlType="submit" block loading={signIn.isPending}>
            {t('signIn.submit')}
          </Button>
        </Form>
      </Card>
    </main>
  );
}
