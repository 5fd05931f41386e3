"use strict";
exports.ids = [7636];
exports.modules = {

/***/ 57636
(__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCynefinServices: () => (/* reexport safe */ _chunk_6TQVIW2G_mjs__WEBPACK_IMPORTED_MODULE_0__.t)
/* harmony export */ });
/* harmony import */ var _chunk_6TQVIW2G_mjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(93279);
/* harmony import */ var _chunk_FOHPRMQF_mjs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4954);





/***/ }

};
;