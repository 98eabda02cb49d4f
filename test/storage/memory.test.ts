import { MemoryStorage } from 'botbuilder';
import { storageConformance } from './conformance';

// The reference behaviour: every other implementation must pass the same suite.
storageConformance('MemoryStorage', () => new MemoryStorage());
