import type { MappingEntry } from '../../domain/exercise-mapping/map-exercises';
import { useTrainingImportStore } from '../../store/training-import-store';
import { ExercisePicker } from '../../ui/exercise-picker';
import { newExerciseOffer, suggestionNote } from './import-wording';

/** The library picker for one source name, offering first a new own exercise of the sets' format and the suggestion, if any. */
export function MappingPicker({ entry, onClose }: { entry: MappingEntry; onClose: () => void }) {
  const choose = useTrainingImportStore((s) => s.choose);
  const { newExercise, suggestion } = entry;
  const offers = [
    {
      key: 'create',
      ...newExerciseOffer(newExercise),
      onPick: () => {
        choose(entry.name, { create: true });
        onClose();
      },
    },
    ...(suggestion
      ? [
          {
            key: 'suggestion',
            title: suggestion.title,
            meta: suggestionNote(suggestion),
            onPick: () => {
              choose(entry.name, { address: suggestion.address, title: suggestion.title });
              onClose();
            },
          },
        ]
      : []),
  ];
  return (
    <ExercisePicker
      title={`“${entry.name}” becomes`}
      offers={offers}
      onPick={({ address, title }) => {
        choose(entry.name, { address, title });
        onClose();
      }}
      onClose={onClose}
    />
  );
}
