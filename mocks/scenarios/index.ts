export function resetMocks(): void {}
