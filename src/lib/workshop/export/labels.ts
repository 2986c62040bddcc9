// Every string the SVG export draws, gathered from the app's catalogue and the export's own
// messages, so boardSvg stays pure and takes no i18n state.
import type { Status } from '../../content/schema';
import type { Messages } from '../../i18n/messages';
import type { ExportMessages } from './messages';

export interface BoardSvgLabels {
  gemeenteEnd: string;
  residentsEnd: string;
  collaboration: string;
  noCollaboration: string;
  reconstructed: string;
  line: string;
  noCounterpart: string;
  laneCount: (n: number) => string;
  typeNamed: (model: string, type: string) => string;
  noType: (model: string) => string;
  own: string;
  reference: string;
  basis: Record<Status, string>;
  same: string;
  differs: string;
  empty: string;
  legendCollab: string;
  legendPole: string;
  legendRecon: string;
  legendLine: string;
  legendOwn: string;
  legendReference: string;
  sources: string;
  /** One placement for the text alternative: "Wijkmagazine → Utrechter aan zet · … type 4". */
  placed: (name: string, form: string, type: string) => string;
  desc: (placed: number, main: string, other: string) => string;
}

export function svgLabels(t: Messages, x: ExportMessages): BoardSvgLabels {
  const { scale, board } = t;
  return {
    gemeenteEnd: scale.gemeenteEnd,
    residentsEnd: scale.residentsEnd,
    collaboration: scale.collaboration,
    noCollaboration: scale.noCollaboration,
    reconstructed: t.sourcing.status.reconstructed,
    line: scale.line,
    noCounterpart: scale.noCounterpart,
    laneCount: board.laneCount,
    typeNamed: board.typeNamed,
    noType: board.noType,
    own: board.own,
    reference: board.reveal.reference,
    basis: t.sourcing.status,
    same: board.reveal.same,
    differs: board.reveal.differs,
    empty: x.empty,
    legendCollab: scale.legendCollab,
    legendPole: scale.legendPole,
    legendRecon: t.sourcing.statusLong.reconstructed,
    legendLine: x.legendLine,
    legendOwn: x.legendOwn,
    legendReference: x.legendReference,
    sources: x.sources,
    placed: board.announce.placed,
    desc: x.desc,
  };
}
