import { TemplateEditorScreen } from '../../features/templates/template-editor-screen';
import { TemplateDetailScreen } from '../../features/templates/template-detail-screen';
import { TemplateLinkScreen } from '../../features/templates/template-link-screen';
import { TemplatesHome } from '../../features/templates/templates-home';
import { ExercisePicker } from '../../features/workout/exercise-picker';
import { WorkoutSummaryScreen } from '../../features/workout/summary-screen';
import { WorkoutScreen } from '../../features/workout/workout-screen';
import type { RouteDef } from './route';

/** The path's captured part as written in links; a malformed escape is taken as it stands rather than breaking the screen. */
function segment(match: RegExpExecArray): string {
  const part = match[1] ?? '';
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** Templates and the active workout (tab `/workout`, template detail, editor, shared links). */
export const workoutRoutes: RouteDef[] = [
  {
    pattern: /^\/workout$/,
    title: 'Workout',
    render: () => (
      <WorkoutScreen>
        <TemplatesHome />
      </WorkoutScreen>
    ),
  },
  {
    pattern: /^\/workout\/summary\/([^/]+)$/,
    title: 'Workout complete',
    render: (match) => <WorkoutSummaryScreen recordKey={segment(match)} />,
  },
  { pattern: /^\/template\/([^/]+)$/, title: 'Template', render: (match) => <TemplateDetailScreen address={segment(match)} /> },
  { pattern: /^\/template-new$/, title: 'New template', render: () => <TemplateEditorScreen kind="new" ExercisePicker={ExercisePicker} /> },
  {
    pattern: /^\/template-edit\/([^/]+)$/,
    title: 'Edit template',
    render: (match) => <TemplateEditorScreen kind="edit" address={segment(match)} ExercisePicker={ExercisePicker} />,
  },
  {
    pattern: /^\/template-copy\/([^/]+)$/,
    title: 'Duplicate template',
    render: (match) => <TemplateEditorScreen kind="copy" address={segment(match)} ExercisePicker={ExercisePicker} />,
  },
  { pattern: /^\/template-link\/([^/]+)$/, title: 'Shared template', render: (match) => <TemplateLinkScreen link={segment(match)} /> },
];
