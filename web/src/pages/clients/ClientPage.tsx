import { EditOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App as AntApp, Button, Card, Col, Descriptions, Flex, Row, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../api/errors';
import { useMe } from '../../auth/session';
import { useI18n } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { formatMoney } from '../../money/money';
import { NotFoundPage } from '../NotFoundPage';
import { DocumentsCard } from '../documents/DocumentsCard';
import { ClientForm } from './ClientForm';
import { ClientShipments } from './ClientShipments';
import { OpenReceivables } from './OpenReceivables';
import { RequestCreditTerms } from './RequestCreditTerms';
import { StatementPeriod } from './StatementPeriod';
import { editsClients, setsCreditTerms, statementUrl, useClientRecord } from './queries';
import './clients.css';

/**
 * One client (`/clients/:id`): grade, credit terms and contacts; its shipments; what it owes now (the aging
 * row and the open notes) with its statement. Edited in a form (PATCH with If-Match): a salesperson edits
 * contacts and grade, and sees the credit terms read-only; a manager or admin sets those too.
 */
export function ClientPage() {
  const { id = '' } = useParams();
  const { t, language } = useI18n();
  const me = useMe().data;
  const { message } = AntApp.useApp();
  const record = useClientRecord(id);
  const [editing, setEditing] = useState(false);

  if (record.isPending) return <Spin description={t('app.loading')} />;
  if (isApiError(record.error, 404)) return <NotFoundPage />;
  if (record.isError) return <ErrorPanel error={record.error} onRetry={() => void record.refetch()} />;
  const c = record.data;
  const credit = setsCreditTerms(me);
  const displayName = (language === 'zh' ? c.nameLocal : null) ?? c.name;

  return (
    <div className="client-page" data-testid="client-page" data-version={c.version}>
      <section className="client-header" aria-labelledby="client-title">
        <Flex justify="space-between" align="center" wrap gap="middle">
          <Flex align="center" gap={12} wrap>
            <Typography.Title level={1} className="page-title" id="client-title">
              <span className="mono">{c.code}</span> · {displayName}
            </Typography.Title>
            <Tag className={`grade grade-${c.grade}`} data-testid="client-grade">
              {t(`clients.grade.${c.grade}`)}
            </Tag>
          </Flex>
          <Flex gap="small" wrap>
            <Button
              href={statementUrl(c.id)}
              target="_blank"
              rel="noopener"
              icon={<FilePdfOutlined aria-hidden />}
            >
              {t('clients.statement')}
            </Button>
            <StatementPeriod clientId={c.id} />
            {editsClients(me) && (
              <Button
                type="primary"
                icon={<EditOutlined aria-hidden />}
                onClick={() => setEditing(true)}
                data-testid="client-edit"
              >
                {t('clients.edit')}
              </Button>
            )}
          </Flex>
        </Flex>
        <Typography.Paragraph className="client-back">
          <Link to="/clients">{t('clients.back')}</Link>
        </Typography.Paragraph>
      </section>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={<h2 className="card-title">{t('clients.contacts')}</h2>}>
            <Descriptions
              size="small"
              column={1}
              items={[
                { key: 'name', label: t('clients.field.name'), children: c.name },
                { key: 'nameLocal', label: t('clients.field.nameLocal'), children: c.nameLocal ?? '—' },
                {
                  key: 'emails',
                  label: t('clients.field.emails'),
                  children: (
                    <ul className="plain-list" data-testid="client-emails">
                      {c.emails.map((e) => (
                        <li key={e}>
                          <a href={`mailto:${e}`}>{e}</a>
                        </li>
                      ))}
                    </ul>
                  ),
                },
                { key: 'address', label: t('clients.field.address'), children: c.address ?? '—' },
                {
                  key: 'taxId',
                  label: t('clients.field.taxId'),
                  children: (
                    <span className="mono" data-testid="client-tax-id-value">
                      {c.taxId ?? '—'}
                    </span>
                  ),
                },
                {
                  key: 'language',
                  label: t('clients.field.language'),
                  children: t(`clients.language.${c.language}`),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card
            size="small"
            title={<h2 className="card-title">{t('clients.credit.title')}</h2>}
            data-testid="client-credit"
            extra={
              !credit && editsClients(me) ? (
                <Tag data-testid="credit-readonly">{t('clients.credit.readOnly')}</Tag>
              ) : undefined
            }
          >
            <Descriptions
              size="small"
              column={1}
              items={[
                {
                  key: 'terms',
                  label: t('clients.field.paymentTerms'),
                  children: <span data-testid="credit-terms">{t(`clients.terms.${c.paymentTerms}`)}</span>,
                },
                {
                  key: 'limit',
                  label: t('clients.field.creditLimit'),
                  children: (
                    <span className="money" data-testid="credit-limit">
                      {c.creditLimit ? formatMoney(c.creditLimit) : '—'}
                    </span>
                  ),
                },
                {
                  key: 'days',
                  label: t('clients.field.creditDays'),
                  children: (
                    <span data-testid="credit-days">
                      {c.creditDays === null ? '—' : t('clients.days', { days: c.creditDays })}
                    </span>
                  ),
                },
              ]}
            />
            {!credit && editsClients(me) && (
              <>
                <Typography.Paragraph type="secondary" className="client-credit-note">
                  {t('clients.credit.managerOnly')}
                </Typography.Paragraph>
                <RequestCreditTerms client={c} />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <OpenReceivables client={c} />
        </Col>
        <Col xs={24}>
          <ClientShipments clientId={c.id} />
        </Col>
        <Col xs={24}>
          <DocumentsCard clientId={c.id} staff />
        </Col>
      </Row>
      <ClientForm
        client={c}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          void message.success(t('clients.saved'));
        }}
      />
    </div>
  );
}
