// Tests that call jest.mock('…/platform/photos') get the real module with the two parts that need a
// device or a network replaced: choosing a file (photoFromFile) and sending it (putPhoto).
const actual = jest.requireActual<typeof import('../photos')>('../photos');

module.exports = { ...actual, photoFromFile: jest.fn(), putPhoto: jest.fn() };
