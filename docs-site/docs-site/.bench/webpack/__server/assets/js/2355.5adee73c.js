"use strict";
exports.ids = [2355];
exports.modules = {

/***/ 52355
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createEventModelingServices: () => (/* reexport safe */ _chunk_6EIED4P4_mjs__WEBPACK_IMPORTED_MODULE_0__.g)
/* harmony export */ });
/* harmony import */ var _chunk_6EIED4P4_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82688);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;