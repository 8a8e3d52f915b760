// Stylesheets are no concern of jest.
export default {};
