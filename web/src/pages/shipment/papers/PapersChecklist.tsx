import { CheckCircleFilled, ClockCircleFilled, ExclamationCircleFilled } from '@ant-design/icons';
import { Flex, List, Tag, Typography } from 'antd';
import { useI18n } from '../../../i18n/context';
import { useShipmentLabels } from '../../../shipments/labels';
import { showTime } from '../time';
import { kindLabel } from './kinds';
import type { AttachmentKind, ChecklistItem } from './queries';

const ICON = {
  uploaded: <CheckCircleFilled className="paper-status-uploaded" aria-hidden />,
  missing: <ExclamationCircleFilled className="paper-status-missing" aria-hidden />,
  late: <ClockCircleFilled className="paper-status-late" aria-hidden />,
};

/**
 * The papers the rules ask of this shipment (GET /shipments/:id/papers), in the order of the flow: a tick for
 * each one uploaded, a mark for each one missing, and late when its cut-off has passed before its step.
 */
export function PapersChecklist({
  items,
  kinds,
}: {
  items: readonly ChecklistItem[];
  kinds: readonly AttachmentKind[] | undefined;
}) {
  const { t, language } = useI18n();
  const labels = useShipmentLabels();
  return (
    <section className="papers-checklist" aria-label={t('papers.checklist')}>
      <Typography.Text strong>{t('papers.checklist')}</Typography.Text>
      <List
        size="small"
        dataSource={[...items]}
        locale={{ emptyText: <span className="papers-empty">{t('papers.checklistEmpty')}</span> }}
        renderItem={(item) => (
          <List.Item
            data-testid={`paper-check-${item.action}-${item.kind}`}
            data-status={item.status}
            className={`paper-check paper-check-${item.status}`}
          >
            <Flex gap={8} align="center" wrap>
              {ICON[item.status]}
              <span>{kindLabel(t, item.kind, kinds, language)}</span>
              <Typography.Text type="secondary">
                {t('papers.before', { action: labels.action(item.action) })}
              </Typography.Text>
              <Tag className={`paper-status paper-status-tag-${item.status}`}>
                {t(`papers.status.${item.status}`)}
              </Tag>
              {item.severity === 'blocking' && <Tag color="red">{t('papers.severity.blocking')}</Tag>}
              {item.status !== 'uploaded' && item.dueBy && (
                <Typography.Text type={item.status === 'late' ? 'danger' : 'secondary'}>
                  {t('papers.dueBy', { time: showTime(item.dueBy) })}
                </Typography.Text>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </section>
  );
}
