import { Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/context';
import { flagTone, useShipmentLabels } from '../../shipments/labels';

type Card = Schemas['BoardCardDto'];

/** The shipments that need someone now (a cut-off soon or passed with its work not done, an inspection). */
export function AttentionStrip({ cards }: { cards: Card[] }) {
  const t = useT();
  const labels = useShipmentLabels();
  if (cards.length === 0) return null;
  return (
    <section className="attention" aria-labelledby="attention-title">
      <Typography.Title level={2} id="attention-title" className="attention-title">
        {t('board.attention')} ({cards.length})
      </Typography.Title>
      <ul className="attention-list">
        {cards.map((card) => (
          <li key={card.id}>
            <Link to={`/shipments/${card.id}`} className="attention-item">
              <span className="attention-reference">{card.reference}</span>
              <span>{labels.status(card.status)}</span>
              {card.flags.map((flag) => (
                <Tag key={flag} className={`flag flag-${flagTone(flag)}`} variant="outlined">
                  {labels.flag(flag)}
                </Tag>
              ))}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
