import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { Link } from 'react-router';
import { useMe } from '../../auth/session';
import { useT } from '../../i18n/context';
import { ErrorPanel } from '../../layout/ErrorPanel';
import { formatMoney } from '../../money/money';
import { AGING_BUCKETS, bucketLabel } from '../receivables/buckets';
import { businessToday } from './dates';
import { OpenNotesTable } from './OpenNotesTable';
import { balancesByCurrency, useAging, useOpenNotes, type Client } from './queries';

/**
 * What the client owes now: its row of the aging report (in the base currency, by age; the over-three-months
 * flag), and its open notes, each with what is still due in its own currency and its PDF. The aging report
 * is read only by the roles that may (GET /receivables/aging); the notes by everyone who sees the client.
 */
export function OpenReceivables({ client }: { client: Client }) {
  const t = useT();
  const me = useMe().data;
  const mayAge = Boolean(me?.permissions.includes('GET /api/v1/receivables/aging'));
  const aging = useAging(undefined, mayAge);
  const open = useOpenNotes(client.id);
  const row = aging.data?.items.find((r) => r.clientId === client.id);
  const balances = balancesByCurrency(open.data?.notes ?? []);

  return (
    <Card
      size="small"
      title={<h2 className="card-title">{t('clients.receivables')}</h2>}
      data-testid="client-receivables"
      extra={
        <Link to={`/debit-notes?clientId=${encodeURIComponent(client.id)}`}>{t('clients.allNotes')}</Link>
      }
    >
      <Flex vertical gap="middle">
        {mayAge && aging.data && (
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 3, lg: 6 }}
            layout="vertical"
            bordered
            items={[
              ...AGING_BUCKETS.map((bucket) => ({
                key: bucket,
                label: bucketLabel(t, bucket),
                children: (
                  <span className="money">
                    {row
                      ? formatMoney(row[bucket])
                      : formatMoney({ amount: '0', currency: aging.data.baseCurrency })}
                  </span>
                ),
              })),
              {
                key: 'total',
                label: t('receivables.total'),
                children: (
                  <strong className="money" data-testid="client-aging-total">
                    {formatMoney(row?.total ?? { amount: '0', currency: aging.data.baseCurrency })}
                  </strong>
                ),
              },
            ]}
          />
        )}
        {row?.statementRequired && (
          <Alert
            type="warning"
            showIcon
            title={t('receivables.statementRequired')}
            description={t('receivables.statementRequiredHint', { date: row.oldestIssueDate ?? '—' })}
          />
        )}
        {aging.isError && <ErrorPanel error={aging.error} onRetry={() => void aging.refetch()} />}
        {open.isError ? (
          <ErrorPanel error={open.error} onRetry={() => void open.refetch()} />
        ) : (
          <>
            {balances.length > 0 && (
              <Flex gap="small" wrap align="center" data-testid="client-open-balance">
                <span>{t('clients.openBalance')}</span>
                {balances.map((b) => (
                  <Tag key={b.currency} className="money balance-tag">
                    {formatMoney(b)}
                  </Tag>
                ))}
              </Flex>
            )}
            <OpenNotesTable notes={open.data?.notes ?? []} loading={open.isPending} today={businessToday()} />
          </>
        )}
      </Flex>
    </Card>
  );
}
