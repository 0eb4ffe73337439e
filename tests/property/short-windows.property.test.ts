// 70,000 mutated texts, windows of up to 8 lines (100,000 in all with the other property files; the property is in property.ts).
import { mutatedActsHold } from "./property.js";

mutatedActsHold("windows of up to 8 lines", 8, 70000, 101);
