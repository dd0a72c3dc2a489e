import type { Schemas } from '../../api/client';
import { useI18n } from '../../i18n/context';

type Party = Schemas['BillPartyDto'];

/**
 * A bill's party as the lists show it: "code · name", the local (Chinese) name on Chinese screens when it has
 * one. Notes and payments carry their party (the service looks the page's up in one query).
 */
export function usePartyLabel(): (party: Party | null | undefined) => string {
  const { language } = useI18n();
  return (party) => {
    if (!party) return '—';
    const name = language === 'zh' ? (party.nameLocal ?? party.name) : party.name;
    return `${party.code} · ${name}`;
  };
}
