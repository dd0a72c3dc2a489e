import { Typography } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/context';
import { useShipmentLabels } from '../../shipments/labels';
import { ShipmentCard } from './ShipmentCard';

type Column = Schemas['BoardColumnDto'];

/** One stage: its name, how many shipments are at it, and the most urgent of them. */
export function BoardColumn({ column }: { column: Column }) {
  const t = useT();
  const labels = useShipmentLabels();
  const headingId = `column-${column.status}`;
  const more = column.count - column.items.length;
  return (
    <section className="board-column" aria-labelledby={headingId} data-status={column.status}>
      <header className="board-column-header">
        <Typography.Title level={2} id={headingId} className="board-column-title">
          {labels.status(column.status)}
        </Typography.Title>
        <span className="board-column-count">
          <span aria-hidden data-testid="column-count">
            {column.count}
          </span>
          <span className="visually-hidden">{t('board.count', { count: column.count })}</span>
        </span>
      </header>
      {column.items.length === 0 ? (
        <Typography.Text type="secondary" className="board-column-empty">
          {t('board.empty')}
        </Typography.Text>
      ) : (
        <ul className="board-column-cards">
          {column.items.map((card) => (
            <li key={card.id}>
              <ShipmentCard card={card} />
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Link className="board-column-more" to={`/shipments?status=${column.status}`}>
          {t('board.more', { count: more })}
        </Link>
      )}
    </section>
  );
}
