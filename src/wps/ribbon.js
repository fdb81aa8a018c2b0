/*
 * The 干部轮岗 tab's callbacks in WPS 表格 (ribbon.xml names them ribbon.OnAddinLoad, ribbon.OnAction,
 * ribbon.GetImage, ribbon.OnGetEnabled). Each button shows the task pane; 一键检查, 生成方案 and 清除标记
 * open it at #check, #plan or #clear, and the pane runs that button's action on the active workbook.
 * ES5 only: WPS's older Chromium builds on UOS and Kylin run this as it is written.
 */
var ribbon = (function () {
  'use strict';
  var PANE_KEY = 'rotationPlanner.taskPaneId';
  var ACTIONS = { rotationCheck: 'check', rotationPlan: 'plan', rotationClear: 'clear', rotationOpen: '' };

  /** The add-in folder's address, from this page's. */
  function folderUrl() {
    var href = String(document.location.href).split('#')[0].split('?')[0];
    return href.substring(0, href.lastIndexOf('/'));
  }

  /** The pane made earlier in this session, if it is still there. */
  function existingPane(app) {
    var id = app.PluginStorage.getItem(PANE_KEY);
    if (!id) return null;
    try {
      return app.GetTaskPane(Number(id)) || null;
    } catch (e) {
      return null;
    }
  }

  /** Shows the pane, at the action's anchor when there is one. */
  function showPane(action) {
    var app = window.Application;
    var url = folderUrl() + '/taskpane.html' + (action ? '#' + action : '');
    var pane = existingPane(app);
    if (!pane) {
      pane = app.CreateTaskPane(url, '干部轮岗助手');
      app.PluginStorage.setItem(PANE_KEY, pane.ID);
    } else if (action) {
      pane.Navigate(url);
    }
    pane.Visible = true;
  }

  return {
    OnAddinLoad: function (ribbonUI) {
      if (typeof window.Application.ribbonUI !== 'object') window.Application.ribbonUI = ribbonUI;
      return true;
    },
    OnAction: function (control) {
      var action = ACTIONS[control.Id];
      if (action === undefined) return false;
      showPane(action);
      return true;
    },
    GetImage: function () {
      return 'assets/icon-32.png';
    },
    /** The three actions need a workbook open. */
    OnGetEnabled: function () {
      return Boolean(window.Application.ActiveWorkbook);
    }
  };
}());
