import { useMemo } from 'react';
import { labelOf } from '../../domain/muscles';
import { AppLink } from '../../lib/app-link';
import { newExercisePath } from '../../lib/paths';
import { useQuery } from '../../lib/query/use-query';
import { useLibraryStore } from '../../store/library-store';
import { libraryFacetsQuery } from '../../store/queries/library-queries';
import type { LibraryFacets } from '../../worker/api';
import { SearchField } from '../../ui/search-field';
import { SegmentedControl } from '../../ui/segmented-control';
import './library.css';

const SCOPES = [
  { value: 'all', label: 'All' },
  { value: 'mine', label: 'Mine' },
] as const;

const NO_FACETS: LibraryFacets = { equipment: [], muscles: [] };

/** Search box and the equipment and muscle pickers; every change queries the worker. */
export function LibraryFilters() {
  const filters = useLibraryStore((s) => s.filters);
  const facets = useQuery(libraryFacetsQuery, {}).data ?? NO_FACETS;
  const setFilters = useLibraryStore((s) => s.setFilters);
  const scope = useLibraryStore((s) => s.scope);
  const setScope = useLibraryStore((s) => s.setScope);
  return (
    <div className="filters">
      <div className="library-scope">
        <SegmentedControl label="Show exercises" options={SCOPES} value={scope} onChange={setScope} />
        <AppLink to={newExercisePath.build()} className="button library-scope__new">
          + New exercise
        </AppLink>
      </div>
      <SearchField label="Search exercises" value={filters.search} onChange={(search) => setFilters({ search })} />
      <div className="filter-row">
        <FacetSelect
          label="Equipment"
          allLabel="All equipment"
          value={filters.equipment}
          options={facets.equipment}
          onChange={(equipment) => setFilters({ equipment })}
        />
        <FacetSelect
          label="Muscle"
          allLabel="All muscles"
          value={filters.muscle}
          options={facets.muscles}
          onChange={(muscle) => setFilters({ muscle })}
        />
      </div>
    </div>
  );
}

interface FacetSelectProps {
  label: string;
  allLabel: string;
  value: string;
  options: string[];
  onChange: (value: string) => void;
}

function FacetSelect(props: FacetSelectProps) {
  const { options } = props;
  const sorted = useMemo(() => [...options].sort((a, b) => labelOf(a).localeCompare(labelOf(b))), [options]);
  return (
    <label className={`select ${props.value ? 'select--active' : ''}`}>
      <span className="visually-hidden">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-label={props.label}>
        <option value="">{props.allLabel}</option>
        {sorted.map((option) => (
          <option key={option} value={option}>
            {labelOf(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
