import { Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { Schemas } from '../../api/client';
import { useT } from '../../i18n/context';
import { flagTone, useShipmentLabels } from '../../shipments/labels';

type Card = Schemas['BoardCardDto'];

/** The stages before the carrier releases the S/O: no container can be picked up yet. */
const BEFORE_SO = new Set<Card['status']>(['booking', 'booking_confirmed', 'space_requested']);

/**
 * One shipment on the board: reference and client, POL → POD, vessel/voyage and ETD, how many containers are
 * through the gate, the next action, and its flags. The whole card is the link to the shipment's page.
 */
export function ShipmentCard({ card }: { card: Card }) {
  const t = useT();
  const labels = useShipmentLabels();
  const vessel = [card.vessel, card.voyage].filter(Boolean).join(' / ');
  return (
    <Link to={`/shipments/${card.id}`} className="board-card" data-testid="board-card">
      <Flex justify="space-between" align="baseline" gap="small">
        <Typography.Text strong className="board-card-reference">
          {card.reference}
        </Typography.Text>
        <Typography.Text className="board-card-client" title={card.client.name}>
          {card.client.code}
        </Typography.Text>
      </Flex>
      <div className="board-card-route">
        {card.pol} → {card.pod}
      </div>
      {vessel || card.etd ? (
        <>
          <div className="board-card-line">{vessel || t('board.noVessel')}</div>
          <div className="board-card-line">
            {card.etd
              ? `${t('field.etd')} ${dayjs(card.etd).format(t('format.dateTime'))}`
              : t('board.noEtd')}
          </div>
        </>
      ) : (
        <div className="board-card-line">{t('board.noSailing')}</div>
      )}
      <Containers card={card} />
      {card.nextAction && (
        <div className="board-card-next">{t('board.next', { action: labels.action(card.nextAction) })}</div>
      )}
      {(card.flags.length > 0 || card.missingPapers > 0) && (
        <Flex wrap gap={4} className="board-card-flags">
          {card.flags.map((flag) => (
            <Tag key={flag} className={`flag flag-${flagTone(flag)}`} variant="outlined">
              {labels.flag(flag)}
            </Tag>
          ))}
          {card.missingPapers > 0 && (
            <Tag className="flag flag-soon" variant="outlined" data-testid="board-card-papers">
              {t('papers.boardMissing', { count: card.missingPapers })}
            </Tag>
          )}
        </Flex>
      )}
    </Link>
  );
}

/** From the S/O on, how many containers are through the gate; before it, how many the booking asks for. */
function Containers({ card }: { card: Card }) {
  const t = useT();
  const total = card.containers;
  const done = card.containersGatedIn;
  if (total === 0) return <div className="board-card-line">{t('board.noContainers')}</div>;
  if (BEFORE_SO.has(card.status)) {
    return <div className="board-card-line">{t('board.containers', { count: total })}</div>;
  }
  return (
    <div className="board-card-containers">
      <span className="board-card-bar" aria-hidden>
        <span className="board-card-bar-done" style={{ width: `${(100 * done) / total}%` }} />
      </span>
      <span>{t('board.gatedIn', { done, total })}</span>
    </div>
  );
}
