import { Fragment } from 'react';
import type { SearchIslandText } from './island-props.ts';
import { HITS_PER_PAGE, splitHighlights, type SearchHit, type SearchOutcome } from './search-request.ts';

interface ResultListProps {
  text: SearchIslandText;
  outcome: SearchOutcome;
}

export function ResultList({ text, outcome }: ResultListProps) {
  return (
    <ol className="search-hits" start={(outcome.page - 1) * HITS_PER_PAGE + 1}>
      {outcome.hits.map((hit) => (
        <li key={hit.id} className="card">
          <div className="body">
            <h3>
              <a href={hit.url}>
                <Highlighted text={hit.title} />
              </a>
            </h3>
            {hit.summary && (
              <p>
                <Highlighted text={hit.summary} />
              </p>
            )}
            <p className="muted">{describe(text, hit)}</p>
            {hit.categoryNames.length > 0 && (
              <ul className="tags">
                {hit.categoryNames.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}

/** "Initiatief · Jette · Ganshoren": what it is and where. */
function describe(text: SearchIslandText, hit: SearchHit): string {
  return [text.kinds[hit.kind], ...hit.municipalityNames, ...(hit.remote ? [text.remoteOption] : [])].join(' · ');
}

/** Matched words in <mark>, everything as text nodes: nothing from the index is ever parsed as HTML. */
function Highlighted({ text }: { text: string }) {
  return splitHighlights(text).map((piece, index) => <Fragment key={index}>{piece.marked ? <mark>{piece.text}</mark> : piece.text}</Fragment>);
}
