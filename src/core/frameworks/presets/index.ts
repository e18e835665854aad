// The framework presets by name, and the check of a name given by a user.
import { UsageError } from '../../errors.js';
import { PRESET_NAMES, type Preset, type PresetName } from '../preset.js';
import { goPreset } from './go.js';
import { jestPreset } from './jest.js';
import { mochaPreset } from './mocha.js';
import { nodeTestPreset } from './node-test.js';
import { pytestPreset } from './pytest.js';
import { vitestPreset } from './vitest.js';

const PRESETS: Record<PresetName, Preset> = {
  jest: jestPreset,
  vitest: vitestPreset,
  pytest: pytestPreset,
  node: nodeTestPreset,
  go: goPreset,
  mocha: mochaPreset,
};

/** The preset named `name`; a UsageError naming the option and the choices otherwise. */
export function presetNamed(name: string, option = '--preset'): Preset {
  if ((PRESET_NAMES as readonly string[]).includes(name)) return PRESETS[name as PresetName];
  throw new UsageError(
    `${option}: expected one of ${PRESET_NAMES.join(', ')}, got ${JSON.stringify(name)}`,
  );
}
