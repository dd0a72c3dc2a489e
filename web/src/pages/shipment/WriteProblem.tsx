import { Alert, Button, Flex, Typography } from 'antd';
import { isApiError } from '../../api/errors';
import { useI18n, useT } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import { missingText } from './missing-text';
import { kindLabel, parseMissingPaper } from './papers/kinds';
import { useShipmentEvents } from './queries';
import { showTime } from './time';
import { useWords } from './words';

/** The service's `missing` lines, in the user's words where they are known ones. */
export function useMissing() {
  const t = useT();
  return (line: string) => {
    const known = missingText(line);
    if (known) return t(known.key, known.values);
    // A paper the checklist asks for (docs/papers.md), named in the user's words.
    const paper = parseMissingPaper(line);
    return paper
      ? t('papers.missing', { name: kindLabel(t, paper.kind, undefined, 'zh', paper.name) })
      : line;
  };
}

interface Props {
  error: unknown;
  shipmentId: string;
  /** Reload the shipment (after a 412), keeping what the form holds. */
  onReload?: () => void;
  reloading?: boolean;
}

/**
 * Why a write did not happen, in the form it was made from (docs/api.md "Errors"): someone else changed
 * the shipment first (412: who, when, and a reload that keeps what was typed); the status does not allow it
 * (409: what is possible now); something is missing (422: what); a field is wrong (400: named on the field
 * and here); the service failed (5xx: the correlation id to quote).
 */
export function WriteProblem({ error, shipmentId, onReload, reloading }: Props) {
  const { t, language } = useI18n();
  const labels = useShipmentLabels();
  const missing = useMissing();
  if (isApiError(error, 412)) {
    return <Conflict shipmentId={shipmentId} onReload={onReload} reloading={reloading} />;
  }
  if (!isApiError(error)) {
    return <Alert type="error" showIcon title={t('error.title')} description={String(error)} />;
  }
  if (error.status === 0) return <Alert type="error" showIcon title={t('error.network')} />;
  if (error.status >= 500) {
    return (
      <Alert
        type="error"
        showIcon
        title={t('error.server', { correlationId: error.correlationId ?? '—' })}
        data-testid="write-problem"
      />
    );
  }
  // The SI form shows both figures and offers the acknowledgement (action-forms.tsx, SiMatch).
  if (error.code === 'SI_CONTAINERS_MISMATCH') return null;
  const details = error.details;
  const lines: string[] = [];
  if (details?.allowedActions) {
    lines.push(
      details.allowedActions.length
        ? t('shipment.problem.allowed', {
            // "Request space or Cancel", "申请舱位或退关/取消": one of them, in the language's own list form.
            actions: new Intl.ListFormat(language === 'zh' ? 'zh-CN' : 'en', { type: 'disjunction' }).format(
              details.allowedActions.map(labels.action),
            ),
          })
        : t('shipment.problem.noneAllowed'),
    );
  }
  if (typeof details?.currentRevision === 'number') {
    lines.push(t('shipment.problem.currentRevision', { revision: details.currentRevision }));
  }
  for (const line of details?.missing ?? []) lines.push(missing(line));
  for (const field of details?.fields ?? []) lines.push(`${field.field}: ${field.message}`);
  return (
    <Alert
      type={error.status === 409 || error.status === 422 ? 'warning' : 'error'}
      showIcon
      title={error.message}
      data-testid="write-problem"
      description={
        lines.length ? (
          <ul className="shipment-problem-lines">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}

/** 412: the version the user worked from is gone. Who changed it (the history's latest event), and a reload. */
function Conflict({ shipmentId, onReload, reloading }: Omit<Props, 'error'>) {
  const t = useT();
  const word = useWords();
  const events = useShipmentEvents(shipmentId);
  const latest = events.data?.at(-1);
  return (
    <Alert
      type="warning"
      showIcon
      data-testid="conflict"
      title={t('shipment.conflict.title')}
      description={
        <Flex vertical gap={8} align="start">
          <Typography.Text>
            {latest && !events.isFetching
              ? t('shipment.conflict.by', {
                  name: latest.actor.name,
                  time: showTime(latest.at),
                  what: word('event', latest.type),
                })
              : t('shipment.conflict.checking')}
          </Typography.Text>
          <Typography.Text>{t('shipment.conflict.kept')}</Typography.Text>
          {onReload && (
            <Button onClick={onReload} loading={reloading} data-testid="conflict-reload">
              {t('shipment.conflict.reload')}
            </Button>
          )}
        </Flex>
      }
    />
  );
}
