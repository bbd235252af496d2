/**
 * The teaching GUI (README, "Teaching with the GUI"; docs/TEACHING.md), on MASON's GUI: {@link org.zonelab.gui.ZoneLabWithUI} holds the
 * portrayals, the map display and the live charts; {@link org.zonelab.gui.ModelControls} is the model
 * inspector (the ten levers and the main parameters as sliders). The GUI only reads the model, apart
 * from the lever intensities and parameters a user sets, and draws its own random numbers from
 * {@code guirandom}, so a run gives the same results with and without it.
 */
package org.zonelab.gui;

