// The seeds' schemas live in src/shared (the API contract uses them too); the engine reads them from here.
export * from '../../shared/messaging-seeds';
