import { useState } from 'react';
import type { MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import { useTrainingImportStore } from '../../store/training-import-store';
import { MappingPicker } from './mapping-picker';
import { MappingRow } from './mapping-row';

/** Each exercise name of the file and the exercise it becomes here, every one changeable. */
export function ExerciseMapping({ entries }: { entries: readonly MappingEntry[] }) {
  const edits = useTrainingImportStore((s) => s.edits);
  const [editing, setEditing] = useState<MappingEntry>();
  return (
    <section className="import__step" aria-labelledby="import-mapping-title">
      <h2 id="import-mapping-title" className="section-title">
        Exercises
      </h2>
      <p className="field__hint">
        Each exercise of the file and the one it becomes in Plates. Change any of them: your choices are remembered for the next import.
      </p>
      <ul className="mapping-list" aria-label="Exercise mapping">
        {entries.map((entry) => (
          <MappingRow key={entry.name} entry={entry} edit={edits[entry.name]} onChange={() => setEditing(entry)} />
        ))}
      </ul>
      {editing && <MappingPicker entry={editing} onClose={() => setEditing(undefined)} />}
    </section>
  );
}
