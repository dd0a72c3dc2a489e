import { Descriptions, Skeleton, Tag, Typography } from 'antd';
import { useT } from '../../i18n/context';
import { formatMoney } from '../../money/money';
import type { CreditPosition } from './queries';

/** Amounts per currency, one line each ("—" when there are none). */
function Amounts({ amounts }: { amounts: readonly { amount: string; currency: string }[] }) {
  if (amounts.length === 0) return <>—</>;
  return (
    <>
      {amounts.map((m) => (
        <div key={m.currency}>{formatMoney(m)}</div>
      ))}
    </>
  );
}

/**
 * A client's credit position as the service judges it (GET /clients/:id/credit-position): payment terms, the
 * limit and days a manager granted, open and overdue receivables (base currency, each note at its frozen rate).
 */
export function CreditSummary({
  credit,
  loading,
  compact = false,
}: {
  credit: CreditPosition | undefined;
  loading?: boolean;
  compact?: boolean;
}) {
  const t = useT();
  if (loading) return <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  if (!credit) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Descriptions
      className="credit-summary"
      size="small"
      column={compact ? 1 : { xs: 1, sm: 2, lg: 3 }}
      data-testid="credit-summary"
      items={[
        {
          key: 'terms',
          label: t('admin.credit.terms'),
          children: (
            <>
              {t(`admin.credit.terms.${credit.paymentTerms}`)}
              {credit.overLimit && (
                <Tag className="state-tag state-rejected credit-over" data-testid="credit-over-limit">
                  {t('admin.credit.overLimit')}
                </Tag>
              )}
            </>
          ),
        },
        {
          key: 'limit',
          label: t('admin.credit.limit'),
          children: credit.creditLimit ? formatMoney(credit.creditLimit) : t('admin.credit.none'),
        },
        {
          key: 'days',
          label: t('admin.credit.days'),
          children:
            credit.creditDays === null ? '—' : t('admin.credit.daysValue', { days: credit.creditDays }),
        },
        {
          key: 'open',
          label: t('admin.credit.open', { count: credit.openNotes }),
          children: <Amounts amounts={credit.open} />,
        },
        {
          key: 'overdue',
          label: t('admin.credit.overdue', { count: credit.overdueNotes }),
          children: (
            <Typography.Text type={credit.overdueNotes > 0 ? 'danger' : undefined}>
              <Amounts amounts={credit.overdue} />
            </Typography.Text>
          ),
        },
      ]}
    />
  );
}
