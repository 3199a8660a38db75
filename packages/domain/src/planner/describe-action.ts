import { formatX100 } from '../scoring/format.ts';
import type { TEditionPack } from '../editions/schema.ts';
import type { BilingualMessage } from '../portfolio/portfolio-issues.ts';
import type { TPortfolio } from '../portfolio/portfolio-schema.ts';
import { URUSAN } from '../urusan/urusan.ts';
import type { PricedCandidate } from './price-candidates.ts';

const points = (x100: number): string => formatX100(x100);

/** Where an action applies, in the same path style as portfolio issues. */
export function targetOf(candidate: PricedCandidate): string {
  switch (candidate.type) {
    case 'RAISE_INDICATOR':
      return `innovations[${candidate.key}].indicators.${candidate.code}`;
    case 'FILL_SPD_ROW':
      return `spd.${candidate.code}`;
    case 'ADD_YANDAS_INNOVATION':
      return `urusan.${candidate.urusan}`;
  }
}

/** The action in words, Indonesian first; an added innovation states the maturity it assumes. */
export function describeAction(
  edition: TEditionPack,
  portfolio: TPortfolio,
  candidate: PricedCandidate,
): BilingualMessage {
  const { from, to } = candidate;
  switch (candidate.type) {
    case 'RAISE_INDICATOR': {
      const indicator = edition.sid.find((entry) => entry.code === candidate.code);
      const innovation = portfolio.innovations[candidate.key ?? -1];
      const who = innovation?.name ? `"${innovation.name}" (${innovation.id})` : `"${innovation?.id ?? ''}"`;
      const what = `${candidate.code} ${indicator?.name ?? ''}`.trim();
      return {
        id: `Naikkan indikator ${what} pada inovasi ${who} dari tingkat ${from} ke ${to}.`,
        en: `Raise indicator ${what} of innovation ${who} from tier ${from} to ${to}.`,
      };
    }
    case 'FILL_SPD_ROW': {
      const row = edition.spd.find((entry) => entry.code === candidate.code);
      const what = `${candidate.code} ${row?.name ?? ''}`.trim();
      const verb = from === 0 ? { id: 'Isi', en: 'Fill' } : { id: 'Naikkan', en: 'Raise' };
      return {
        id: `${verb.id} baris SPD ${what} dari tingkat ${from} ke ${to}.`,
        en: `${verb.en} SPD row ${what} from tier ${from} to ${to}.`,
      };
    }
    case 'ADD_YANDAS_INNOVATION': {
      const label = URUSAN.find((entry) => entry.slug === candidate.urusan)?.label ?? candidate.urusan ?? '';
      const assumed = points(candidate.assumedMaturityX100 ?? 0);
      return {
        id:
          `Tambahkan satu inovasi pada urusan yandas ${label} yang belum ada. Perkiraan dengan asumsi ` +
          `kematangannya sama dengan median portofolio (${assumed.replace('.', ',')}).`,
        en:
          `Add one innovation in the missing yandas urusan ${label}. Estimated assuming its maturity equals ` +
          `the portfolio median (${assumed}).`,
      };
    }
  }
}
