// The floor page's content, computed from the app's data files. The floor's build (vite.config.ts)
// evaluates this module at build time and bundles only its result, not the data files.
import peelEnMaas from '../../data/frameworks/peel-en-maas.json';
import utrecht from '../../data/frameworks/utrecht.json';
import initiatives from '../../data/initiatives.json';
import { floorInitiatives, floorModel, type FloorContent } from './content';

const content: FloorContent = {
  models: [floorModel(utrecht), floorModel(peelEnMaas)],
  initiatives: floorInitiatives(initiatives),
};
export default content;
