// 5,000 mutated texts, whole acts (100,000 in all with the other property files; the property is in property.ts).
import { mutatedActsHold } from "./property.js";

mutatedActsHold("whole acts", 100000, 5000, 303);
